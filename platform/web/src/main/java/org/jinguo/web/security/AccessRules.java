package org.jinguo.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules of who may call what, declared as a bean; applied after the rules every
 * service shares (health, API description and labels open) and before "everything else needs a
 * valid token". Roles are {@code ROLE_<role>} authorities, scopes {@code SCOPE_<scope>}.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
