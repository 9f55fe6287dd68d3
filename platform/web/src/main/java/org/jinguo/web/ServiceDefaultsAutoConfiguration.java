package org.jinguo.web;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jinguo.web.csv.PageCsvConverter;
import org.jinguo.web.idempotency.IdempotencyConfiguration;
import org.jinguo.web.labels.EnumLabelCatalog;
import org.jinguo.web.labels.EnumLabelsController;
import org.jinguo.web.openapi.PageQueryOperationCustomizer;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.PageQueryArgumentResolver;
import org.jinguo.web.paging.UpdatedSince;
import org.jinguo.web.paging.UpdatedSinceArgumentResolver;
import org.jinguo.web.problem.ApiExceptionHandler;
import org.jinguo.web.problem.ProblemFactory;
import org.jinguo.web.problem.ProblemWriter;
import org.jinguo.web.requestid.RequestIdFilter;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.ExpectedVersionArgumentResolver;
import org.jinguo.web.etag.VersionETagAdvice;
import org.jinguo.web.openapi.ComposedPatternCustomizer;
import org.jinguo.web.openapi.ExpectedVersionOperationCustomizer;
import org.jinguo.web.openapi.OperationIds;
import org.jinguo.web.openapi.ProblemResponses;
import org.jinguo.web.openapi.RecordFields;
import org.jinguo.web.openapi.Representations;
import org.jinguo.web.openapi.SchemaNames;
import org.jinguo.web.openapi.TextLengthCustomizer;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.media.JsonSchema;
import tools.jackson.databind.JsonNode;
import java.util.Set;
import org.springframework.core.annotation.Order;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import org.jinguo.apidocs.ApiDocuments;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.jinguo.web.json.MomentDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * What every Jinguo servlet service does the same way: problem+json errors in the caller's
 * language, request ids, paging, If-Match, CSV lists, enum labels and Idempotency-Key.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(IdempotencyConfiguration.class)
public class ServiceDefaultsAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class, UpdatedSince.class, ExpectedVersion.class)
                .replaceWithSchema(JsonNode.class, new JsonSchema().types(Set.of("object"))
                        .description("The changed fields as a JSON object"));
        ModelResolver.enumsAsRef = true;
        SchemaNames.install();
    }

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    /** Accept-Language picks zh-CN or en; without it, zh-CN. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        return resolver;
    }

    /** The shared problem messages, then the service's own {@code problems*.properties}. */
    @Bean
    MessageSource problemMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("org/jinguo/web/problem/problems", "problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    ProblemFactory problemFactory() {
        return new ProblemFactory(problemMessages());
    }

    @Bean
    ProblemWriter problemWriter(ProblemFactory problems, JsonMapper json, LocaleResolver localeResolver) {
        return new ProblemWriter(problems, json, localeResolver);
    }

    @Bean
    VersionETagAdvice versionETagAdvice() {
        return new VersionETagAdvice();
    }

    @Bean
    ApiExceptionHandler apiExceptionHandler(ProblemFactory problems) {
        return new ApiExceptionHandler(problems);
    }

    /**
     * A number or a boolean where text is expected is an error, not text; so is a number where a
     * moment is expected (it would be read as seconds since 1970).
     */
    @Bean
    JsonMapperBuilderCustomizer strictTextJsonMapperCustomizer() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("jinguo-strict-moments").addDeserializer(OffsetDateTime.class, new MomentDeserializer()));
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * A weak ETag on every answer to a GET of the API that has none of its own (a page of a list,
     * statistics), and 304 when the client's If-None-Match still holds: a mobile client that polls
     * gets nothing again that it has.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> answerETagFilter() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    WebMvcConfigurer pagingWebMvcConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PageQueryArgumentResolver());
                resolvers.add(new UpdatedSinceArgumentResolver());
                resolvers.add(new ExpectedVersionArgumentResolver());
            }

            /** Last, so that JSON stays the answer to clients that accept anything. */
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.add(new PageCsvConverter());
            }
        };
    }

    /** The service's OpenAPI document, in the frame every Jinguo document shares. */
    @Bean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String serviceName, @Value("${jinguo.security.issuer}") String issuer) {
        return ApiDocuments.frame(serviceName, issuer);
    }

    /** Tags by name: the controllers are found in no fixed order, and the committed document must be the same on every start. */
    @Bean
    OpenApiCustomizer tagsByName() {
        return document -> {
            if (document.getTags() != null) {
                document.getTags().sort(Comparator.comparing(Tag::getName));
            }
        };
    }

    @Bean
    @Order(0)
    PageQueryOperationCustomizer pageQueryOperationCustomizer() {
        return new PageQueryOperationCustomizer();
    }

    @Bean
    @Order(0)
    ExpectedVersionOperationCustomizer expectedVersionOperationCustomizer() {
        return new ExpectedVersionOperationCustomizer();
    }

    /** After the operation's own parameters are known, before the headers every operation takes. */
    @Bean
    @Order(10)
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    @Order(20)
    Representations representations() {
        return new Representations();
    }

    @Bean
    @Order(30)
    OperationIds operationIds(@Value("${jinguo.service.code}") String serviceCode) {
        return new OperationIds(serviceCode);
    }

    @Bean
    ComposedPatternCustomizer composedPatternCustomizer() {
        return new ComposedPatternCustomizer();
    }

    @Bean
    TextLengthCustomizer textLengthCustomizer() {
        return new TextLengthCustomizer();
    }

    @Bean
    RecordFields recordFields() {
        return new RecordFields();
    }

    @Bean
    @ConditionalOnBean(EnumLabelCatalog.class)
    EnumLabelsController enumLabelsController(EnumLabelCatalog catalog) {
        return new EnumLabelsController(catalog);
    }
}
