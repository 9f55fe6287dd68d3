package org.jinguo.launcher;

/**
 * One JVM of the platform: a module's executable jar, the port it serves on (and the variable
 * that changes it), its heap, and the database it owns ({@code null} for the gateway).
 */
record ServiceSpec(String name, int port, String portVariable, String heap, String database) {

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
