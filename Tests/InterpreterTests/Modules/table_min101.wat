;; A table whose minimum (101 elements) exceeds an engine cap of 100 elements.
(module $table_min101
  (table (export "table") 101 funcref))
