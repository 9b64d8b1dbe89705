import Testing
@testable import BatikMotif
