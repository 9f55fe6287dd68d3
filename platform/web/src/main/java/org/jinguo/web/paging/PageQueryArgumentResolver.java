package org.jinguo.web.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jinguo.web.problem.ApiException;
import org.jinguo.web.problem.FieldProblem;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@link PageQuery} from {@code page}, {@code size} and {@code sort}, answering 400 for bad values. */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                     NativeWebRequest request, WebDataBinderFactory binderFactory) {
        List<FieldProblem> problems = new ArrayList<>();
        int page = integer(request.getParameter("page"), 0);
        if (page < 0) {
            problems.add(new FieldProblem("page", "INVALID_PAGE", null));
        }
        int size = integer(request.getParameter("size"), PageQuery.DEFAULT_SIZE);
        if (size < 1 || size > PageQuery.MAX_SIZE) {
            problems.add(new FieldProblem("size", "INVALID_SIZE", null));
        }
        List<PageQuery.SortOrder> sort = new ArrayList<>();
        String[] sortValues = request.getParameterValues("sort");
        if (sortValues != null) {
            for (String value : sortValues) {
                PageQuery.SortOrder order = sortOrder(value);
                if (order == null) {
                    problems.add(new FieldProblem("sort", "INVALID_VALUE", null));
                } else {
                    sort.add(order);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems);
        }
        return new PageQuery(page, size, sort);
    }

    /** -1 stands for "not a number", which fails the range checks. */
    private static int integer(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PageQuery.SortOrder sortOrder(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length > 2 || parts[0].isBlank()) {
            return null;
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            return null;
        }
        return new PageQuery.SortOrder(parts[0].trim(), direction.equals("desc"));
    }
}
