import ArgumentParser
import BatikWax

extension CantingPlanOptions.Ordering: ExpressibleByArgument {}
