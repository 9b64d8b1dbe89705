import Testing
@testable import BatikRender
