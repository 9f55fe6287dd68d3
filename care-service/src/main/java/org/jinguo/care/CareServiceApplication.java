package org.jinguo.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Children, caring mothers, helpers, matching, visits, assistance and mediation. */
@SpringBootApplication
public class CareServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareServiceApplication.class, args);
    }
}
