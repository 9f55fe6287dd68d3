package org.jinguo.web.problem;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem response from a servlet filter, where controller advice does not reach. */
@RequiredArgsConstructor
public class ProblemWriter {

    private final ProblemFactory problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code) throws IOException {
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problems.create(status, code, new Object[0], List.of(), request)));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
