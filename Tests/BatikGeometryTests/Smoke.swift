import Testing
@testable import BatikGeometry
