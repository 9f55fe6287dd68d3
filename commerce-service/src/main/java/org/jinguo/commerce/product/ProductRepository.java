package org.jinguo.commerce.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products, brands and their recognitions. */
@Repository
class ProductRepository {

    private static final String PRODUCT = "id, name_zh, town_code, brand_id, flagship, description, version";
    private static final String BRAND = "id, name_zh, owner_workshop_id, town_code, version";
    private static final String RECOGNITION = "id, brand_id, product_id, kind, title, level, awarded_on";

    private final JdbcClient jdbc;
    private final Table<Product> products;
    private final Table<Brand> brands;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.products = new Table<>(jdbc, "product", PRODUCT, ProductRepository::productRow, ProductRepository::bind, Set.of("town_code"));
        this.brands = new Table<>(jdbc, "brand", BRAND, ProductRepository::brandRow, ProductRepository::bind);
    }

    /** @return false when its town has a flagship already */
    boolean insert(Product product) {
        return bind(jdbc.sql("insert into product (" + PRODUCT + ") values (:id, :nameZh, :townCode, :brandId, :flagship, :description,"
                + " :version) on conflict do nothing"), product).update() == 1;
    }

    /** @return false when it changed since read, or its town has another flagship */
    boolean update(Product product, long expectedVersion) {
        return !(product.flagship() && otherFlagship(product)) && products.update(product, expectedVersion);
    }

    boolean otherFlagship(Product product) {
        return jdbc.sql("select count(*) from product where town_code = :townCode and flagship and id <> :id")
                .param("townCode", product.townCode()).param("id", product.id()).query(Long.class).single() > 0;
    }

    boolean productExists(UUID id) {
        return products.exists(id);
    }

    Optional<Product> product(UUID id) {
        return products.find(id);
    }

    Page<Product> products(String townCode, Boolean flagship, PageQuery query) {
        return products.page(Filter.where().equal("town_code", townCode).equal("flagship", flagship), "town_code nulls last, name_zh, id",
                query);
    }

    /** @return false when a brand of that name exists */
    boolean insert(Brand brand) {
        return bind(jdbc.sql("insert into brand (" + BRAND + ") values (:id, :nameZh, :ownerWorkshopId, :townCode, :version)"
                + " on conflict do nothing"), brand).update() == 1;
    }

    Optional<Brand> brand(UUID id) {
        return brands.find(id);
    }

    Page<Brand> brands(PageQuery query) {
        return brands.page(Filter.where(), "name_zh, id", query);
    }

    void insert(Recognition recognition) {
        jdbc.sql("insert into recognition (" + RECOGNITION + ") values (:id, :brandId, :productId, :kind, :title, :level, :awardedOn)")
                .param("id", recognition.id()).param("brandId", recognition.brandId()).param("productId", recognition.productId())
                .param("kind", recognition.kind().name()).param("title", recognition.title()).param("level", recognition.level().name())
                .param("awardedOn", recognition.awardedOn())
                .update();
    }

    List<Recognition> recognitions(UUID brandId, UUID productId) {
        return jdbc.sql("select " + RECOGNITION + " from recognition where (cast(:brandId as uuid) is null or brand_id = :brandId)"
                        + " and (cast(:productId as uuid) is null or product_id = :productId) order by awarded_on, id")
                .param("brandId", brandId).param("productId", productId)
                .query((rs, n) -> new Recognition(rs.getObject("id", UUID.class), rs.getObject("brand_id", UUID.class),
                        rs.getObject("product_id", UUID.class), RecognitionKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        RecognitionLevel.valueOf(rs.getString("level")), rs.getObject("awarded_on", LocalDate.class)))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Product product) {
        return statement.param("id", product.id()).param("nameZh", product.nameZh()).param("townCode", product.townCode())
                .param("brandId", product.brandId()).param("flagship", product.flagship()).param("description", product.description())
                .param("version", product.version());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Brand brand) {
        return statement.param("id", brand.id()).param("nameZh", brand.nameZh()).param("ownerWorkshopId", brand.ownerWorkshopId())
                .param("townCode", brand.townCode()).param("version", brand.version());
    }

    private static Product productRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Product(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("town_code"),
                rs.getObject("brand_id", UUID.class), rs.getBoolean("flagship"), rs.getString("description"), rs.getLong("version"));
    }

    private static Brand brandRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Brand(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getObject("owner_workshop_id", UUID.class),
                rs.getString("town_code"), rs.getLong("version"));
    }
}
