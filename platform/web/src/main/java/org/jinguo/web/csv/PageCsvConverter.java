package org.jinguo.web.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jinguo.web.paging.Page;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link Page} of records as CSV ({@code Accept: text/csv}) for staff who work in
 * spreadsheets: one column per record component, a UTF-8 byte-order mark so that spreadsheet
 * programs read Chinese correctly, and text cells that a spreadsheet would run as a formula
 * prefixed with an apostrophe.
 */
public class PageCsvConverter extends AbstractGenericHttpMessageConverter<Page<?>> {

    /** Without a charset parameter, which would make it look more specific than JSON to {@code Accept: *}{@code /*}. */
    public static final MediaType TEXT_CSV = new MediaType("text", "csv");

    public PageCsvConverter() {
        super(TEXT_CSV);
        setDefaultCharset(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Page.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(Page<?> page, Type type, HttpOutputMessage output) throws IOException {
        Class<?> itemType = itemType(page, type);
        RecordComponent[] columns = itemType != null && itemType.isRecord() ? itemType.getRecordComponents() : new RecordComponent[0];
        Method[] accessors = new Method[columns.length];
        for (int i = 0; i < columns.length; i++) {
            accessors[i] = columns[i].getAccessor();
            // Views are often package-private records: their accessors are public, their classes not.
            accessors[i].setAccessible(true);
        }
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeRow(writer, java.util.Arrays.stream(columns).map(RecordComponent::getName).toArray());
        for (Object item : page.items()) {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = read(accessors[i], item);
            }
            writeRow(writer, values);
        }
        writer.flush();
    }

    private static Class<?> itemType(Page<?> page, Type type) {
        Class<?> declared = type == null ? null : ResolvableType.forType(type).as(Page.class).getGeneric(0).resolve();
        if (declared != null) {
            return declared;
        }
        return page.items().isEmpty() ? null : page.items().get(0).getClass();
    }

    private static Object read(Method accessor, Object item) {
        try {
            return accessor.invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + accessor.getName(), e);
        }
    }

    private static void writeRow(Writer writer, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(values[i]));
        }
        writer.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof Collection<?> collection) {
            text = collection.stream().map(String::valueOf).collect(Collectors.joining(";"));
        } else if (value instanceof Enum<?> constant) {
            text = constant.name();
        } else {
            text = String.valueOf(value);
        }
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    protected Page<?> readInternal(Class<? extends Page<?>> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written only", input);
    }

    @Override
    public Page<?> read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written only", input);
    }
}
