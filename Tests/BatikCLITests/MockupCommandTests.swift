import BatikTestSupport
import Foundation
import Testing

/// `batik mockup` run as the KUBE runs it for a listing.
@Suite("batik mockup")
struct MockupCommandTests {
    @Test("one product: a JPEG of the asked size at the path printed on stdout, never over a file without --force")
    func oneProduct() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("masker.jpg").path
        let result = try BatikProcess.run(["mockup", "kawung", "--product", "masker", "--size", "300", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == out + "\n")
        let jpeg = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(jpeg.starts(with: [0xFF, 0xD8, 0xFF]))
        let again = try BatikProcess.run(["mockup", "kawung", "--product", "masker", "--size", "300", "-o", out])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
    }

    @Test("--product all writes every product into the folder given")
    func allProducts() throws {
        let folder = try BatikProcess.temporaryFolder().appendingPathComponent("foto").path
        let result = try BatikProcess.run(["mockup", "kawung", "--product", "all", "--size", "128", "-o", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(
            names == [
                "kawung-kain-gantung.jpg", "kawung-kain.jpg", "kawung-kemeja.jpg", "kawung-masker.jpg",
                "kawung-selendang.jpg", "kawung-tas.jpg",
            ])
    }

    @Test("an unknown product is refused with the list and the nearest name")
    func unknownProduct() throws {
        let result = try BatikProcess.run(["mockup", "kawung", "--product", "kemej"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--product kemej is not a product: choose one of kain, kain-gantung, kemeja"))
        #expect(result.stderr.contains("Did you mean 'kemeja'?"))
    }
}
