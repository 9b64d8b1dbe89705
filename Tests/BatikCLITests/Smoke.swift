import Testing
@testable import BatikCLI
