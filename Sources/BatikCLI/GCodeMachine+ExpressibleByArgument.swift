import ArgumentParser
import BatikRender

extension GCodeMachine: ExpressibleByArgument {}
