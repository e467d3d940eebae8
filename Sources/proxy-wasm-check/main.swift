import CheckKit
import Foundation

// All the logic lives in CheckKit; this only hands over the arguments and exits.
exit(ProxyWasmCheckCLI.main(arguments: Array(CommandLine.arguments.dropFirst())))
