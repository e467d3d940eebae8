/// Malformed modules: bytes that are not a valid module, built in Swift
/// (`Malformed/MalformedModules.swift`). Each must be refused by the decoder, as malformed or
/// as beyond one of the engine's limits for hostile modules, before anything is allocated
/// from the sizes it claims.
enum MalformedFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "malformed.truncated", category: .malformed,
            summary: "A valid plugin module cut in half.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.truncated() }),
        FaultPlugin(
            id: "malformed.bad_magic", category: .malformed,
            summary: "The magic number reads \\0asn instead of \\0asm.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.badMagic() }),
        FaultPlugin(
            id: "malformed.wrong_version", category: .malformed,
            summary: "Binary format version 2 instead of 1.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.wrongVersion() }),
        FaultPlugin(
            id: "malformed.sections_out_of_order", category: .malformed,
            summary: "The export section comes before the function section.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.sectionsOutOfOrder() }),
        FaultPlugin(
            id: "malformed.overlong_leb128", category: .malformed,
            summary: "A u32 count written as a 6-byte LEB128 number (at most 5 are allowed).",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.overlongLEB128() }),
        FaultPlugin(
            id: "malformed.function_count_max", category: .malformed,
            summary: "A function section claiming 2^32 - 1 functions in 4 bytes.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.functionCountMax() }),
        FaultPlugin(
            id: "malformed.locals_max", category: .malformed,
            summary: "A function declaring 2^32 - 1 locals (the engine allows 50,000).",
            trigger: .load, expected: .loadFailure(.moduleLimitExceeded),
            source: .bytes { MalformedModules.localsMax() }),
        FaultPlugin(
            id: "malformed.locals_overflow", category: .malformed,
            summary: "A function whose local declarations add up to 2^32 locals, more than the format allows.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.localsOverflow() }),
        FaultPlugin(
            id: "malformed.nested_blocks", category: .malformed,
            summary: "100,000 nested blocks in one function (the engine allows a depth of 16,384).",
            trigger: .load, expected: .loadFailure(.moduleLimitExceeded),
            source: .bytes { MalformedModules.nestedBlocks() }),
        FaultPlugin(
            id: "malformed.invalid_utf8_name", category: .malformed,
            summary: "An export name that is not valid UTF-8.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.invalidUTF8Name() }),
        FaultPlugin(
            id: "malformed.section_size_past_end", category: .malformed,
            summary: "A section whose size runs 64 KiB past the end of the module.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.sectionSizePastEnd() }),
        FaultPlugin(
            id: "malformed.body_size_past_end", category: .malformed,
            summary: "A function body whose size runs past the end of the code section.",
            trigger: .load, expected: .loadFailure(.malformedModule),
            source: .bytes { MalformedModules.bodySizePastEnd() }),
    ]
}
