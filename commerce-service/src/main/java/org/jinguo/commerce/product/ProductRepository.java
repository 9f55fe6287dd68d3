package org.jinguo.commerce.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products, brands and their recognitions. */
@Repository
@RequiredArgsConstructor
class ProductRepository {

    private static final String PRODUCT = "id, name_zh, town_code, brand_id, flagship, description, version";
    private static final String BRAND = "id, name_zh, owner_workshop_id, town_code, version";
    private static final String RECOGNITION = "id, brand_id, product_id, kind, title, level, awarded_on";

    private final JdbcClient jdbc;

    /** @return false when its town has a flagship already */
    boolean insert(Product product) {
        return jdbc.sql("insert into product (" + PRODUCT + ") values (:id, :nameZh, :townCode, :brandId, :flagship, :description, :version)"
                        + " on conflict do nothing")
                .param("id", product.id()).param("nameZh", product.nameZh()).param("townCode", product.townCode())
                .param("brandId", product.brandId()).param("flagship", product.flagship()).param("description", product.description())
                .param("version", product.version())
                .update() == 1;
    }

    /** @return false when it changed since read, or its town has another flagship */
    boolean update(Product product, long expectedVersion) {
        if (product.flagship() && otherFlagship(product)) {
            return false;
        }
        return jdbc.sql("""
                update product set name_zh = :nameZh, brand_id = :brandId, flagship = :flagship, description = :description,
                       version = :version
                where id = :id and version = :expected
                """).param("nameZh", product.nameZh()).param("brandId", product.brandId()).param("flagship", product.flagship())
                .param("description", product.description()).param("version", product.version()).param("id", product.id())
                .param("expected", expectedVersion).update() == 1;
    }

    boolean otherFlagship(Product product) {
        return jdbc.sql("select count(*) from product where town_code = :townCode and flagship and id <> :id")
                .param("townCode", product.townCode()).param("id", product.id()).query(Long.class).single() > 0;
    }

    boolean productExists(UUID id) {
        return jdbc.sql("select count(*) from product where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Product> product(UUID id) {
        return jdbc.sql("select " + PRODUCT + " from product where id = :id").param("id", id).query(ProductRepository::productRow).optional();
    }

    List<Product> products(String townCode, Boolean flagship, long offset, int limit) {
        return jdbc.sql("select " + PRODUCT + " from product where (cast(:townCode as text) is null or town_code = :townCode)"
                        + " and (cast(:flagship as boolean) is null or flagship = :flagship) order by town_code nulls last, name_zh, id"
                        + " offset :offset limit :limit")
                .param("townCode", townCode).param("flagship", flagship).param("offset", offset).param("limit", limit)
                .query(ProductRepository::productRow).list();
    }

    long countProducts(String townCode, Boolean flagship) {
        return jdbc.sql("select count(*) from product where (cast(:townCode as text) is null or town_code = :townCode)"
                        + " and (cast(:flagship as boolean) is null or flagship = :flagship)")
                .param("townCode", townCode).param("flagship", flagship).query(Long.class).single();
    }

    /** @return false when a brand of that name exists */
    boolean insert(Brand brand) {
        return jdbc.sql("insert into brand (" + BRAND + ") values (:id, :nameZh, :workshop, :townCode, :version) on conflict do nothing")
                .param("id", brand.id()).param("nameZh", brand.nameZh()).param("workshop", brand.ownerWorkshopId())
                .param("townCode", brand.townCode()).param("version", brand.version())
                .update() == 1;
    }

    Optional<Brand> brand(UUID id) {
        return jdbc.sql("select " + BRAND + " from brand where id = :id").param("id", id).query(ProductRepository::brandRow).optional();
    }

    List<Brand> brands(long offset, int limit) {
        return jdbc.sql("select " + BRAND + " from brand order by name_zh, id offset :offset limit :limit").param("offset", offset)
                .param("limit", limit).query(ProductRepository::brandRow).list();
    }

    long countBrands() {
        return jdbc.sql("select count(*) from brand").query(Long.class).single();
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

    private static Product productRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Product(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("town_code"),
                rs.getObject("brand_id", UUID.class), rs.getBoolean("flagship"), rs.getString("description"), rs.getLong("version"));
    }

    private static Brand brandRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Brand(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getObject("owner_workshop_id", UUID.class),
                rs.getString("town_code"), rs.getLong("version"));
    }
}
