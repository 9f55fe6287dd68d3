/**
 * The statements every repository writes the same way over {@code JdbcClient}: a row by its id,
 * whether it exists, an insert of every column, an update at the version the caller read, and
 * one page of a filtered list.
 * <p>May depend on {@code platform/web} (paging); never on a service.
 */
package org.jinguo.jdbc;
