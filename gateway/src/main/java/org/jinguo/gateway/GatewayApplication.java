package org.jinguo.gateway;

import org.jinguo.gateway.timeouts.WheelTimedExecutor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform's single entry point: routes, resilience and one OpenAPI view of every service. */
@SpringBootApplication
public class GatewayApplication {

    static final String IO_WORKERS = "reactor.netty.ioWorkerCount";

    static {
        // Before Reactor's schedulers exist, whether started by main or by a test.
        WheelTimedExecutor.install();
    }

    public static void main(String[] args) {
        useOneEventLoopPerCore();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * Reactor Netty runs at least four event loops, however few the cores: on two cores, four
     * loops take turns on them and the gateway spent about a tenth more CPU per request and
     * answered slower (bench/README.md, "Gateway"). One loop per core unless
     * {@code -Dreactor.netty.ioWorkerCount} says otherwise; set before Netty reads it.
     */
    static void useOneEventLoopPerCore() {
        if (System.getProperty(IO_WORKERS) == null) {
            System.setProperty(IO_WORKERS, Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors())));
        }
    }
}
