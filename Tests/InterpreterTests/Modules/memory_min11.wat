;; A memory whose minimum (11 pages) exceeds an engine cap of 10 pages.
(module $memory_min11
  (memory (export "memory") 11))
