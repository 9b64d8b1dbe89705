import Testing
@testable import BatikWax
