package org.jinguo.bench;

import java.util.Arrays;

import org.jinguo.bench.coverage.CoverageReportBenchmark;
import org.jinguo.bench.gateway.GatewayBenchmark;
import org.jinguo.bench.gateway.GatewayCost;
import org.jinguo.bench.matching.MatchingBenchmark;
import org.jinguo.bench.outbox.OutboxLatencyBenchmark;
import org.jinguo.bench.sales.SalesBatchBenchmark;

/** {@code java -jar bench.jar <outbox|coverage-report|sales-batch|matching|gateway|gateway-cost> [arguments]}: see tools/bench/README.md. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Exits when done, whatever threads the broker or the database client leave behind. */
    public static void main(String[] args) {
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "outbox" -> OutboxLatencyBenchmark.main(rest);
                case "coverage-report" -> CoverageReportBenchmark.main(rest);
                case "sales-batch" -> SalesBatchBenchmark.main(rest);
                case "matching" -> MatchingBenchmark.main(rest);
                case "gateway" -> GatewayBenchmark.main(rest);
                case "gateway-cost" -> GatewayCost.main(rest);
                default -> {
                    System.err.println("Usage: java -jar bench.jar outbox [rate events runs]"
                            + " | coverage-report [units organizations rate requests runs] | sales-batch [records runs]"
                            + " | matching [children mothers pairs runs] | gateway [start-rate seconds warm-up bisections ceiling]"
                            + " | gateway-cost [rate seconds runs variant...]");
                    System.exit(2);
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
