# Any Jinguo service's image, built from the repository root (the reactor) and run on a JRE as a
# non-root user. docker-compose.yml names the module and its port, e.g.
#   docker build --build-arg MODULE=care-service --build-arg PORT=8084 .
FROM eclipse-temurin:25-jdk AS build
ARG MODULE
ARG PORT
RUN test -n "$MODULE" && test -n "$PORT" \
    || { echo "Name the module and its port: --build-arg MODULE=care-service --build-arg PORT=8084" >&2; exit 1; }
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2,sharing=locked ./mvnw -B -q -pl ${MODULE} -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home jinguo
# Declared after the layer above, so that every service's image shares it.
ARG MODULE
ARG PORT
# JVM flags of one module, added to everyone's below.
ARG EXTRA_JAVA_OPTIONS=""
WORKDIR /app
COPY --from=build /src/${MODULE}/target/${MODULE}-*.jar /app/service.jar
USER 10001
EXPOSE ${PORT}
# For the health check, which runs in the container, where build arguments are gone.
ENV SERVICE_PORT=${PORT}
# The heap follows the container's memory limit, leaving room for metaspace, threads and Netty's
# direct buffers; a JVM out of memory exits and is restarted.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=55 -XX:MaxDirectMemorySize=96m -XX:+ExitOnOutOfMemoryError${EXTRA_JAVA_OPTIONS:+ $EXTRA_JAVA_OPTIONS}"
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=6 \
    CMD curl -fsS "http://127.0.0.1:${SERVICE_PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
