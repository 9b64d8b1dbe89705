import ArgumentParser
import BatikRender

extension PNGWriter.Compression: ExpressibleByArgument {}
