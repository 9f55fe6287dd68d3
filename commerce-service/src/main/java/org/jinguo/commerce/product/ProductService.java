package org.jinguo.commerce.product;

import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.commerce.workshop.WorkshopService;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products, brands and their honours and designations: commerce staff and CITY_ADMIN for any, town staff for their town's. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProductService {

    private final ProductRepository products;
    private final WorkshopService workshops;
    private final KnownRegions regions;
    private final AuditTrail audit;

    Product register(Product product) {
        requireValid(product);
        if (products.productExists(product.id())) {
            throw ApiException.conflict("PRODUCT_ID_TAKEN", product.id());
        }
        if (!products.insert(product)) {
            throw ApiException.conflict("TOWN_HAS_FLAGSHIP", product.townCode());
        }
        audit.record("product.registered", "product", product.id(), null, product);
        return product;
    }

    Product revise(UUID id, long expectedVersion, Product revised) {
        Product current = product(id);
        TownScope.requireActsIn(current.townCode());
        Versions.requireUnchanged(current.version(), expectedVersion);
        Product next = new Product(id, revised.nameZh(), current.townCode(), revised.brandId(), revised.flagship(), revised.description(),
                current.version() + 1);
        requireValid(next);
        if (next.flagship() && next.townCode() == null) {
            throw ApiException.invalid("flagship", "FLAGSHIP_NEEDS_TOWN");
        }
        if (next.flagship() && products.otherFlagship(next)) {
            throw ApiException.conflict("TOWN_HAS_FLAGSHIP", next.townCode());
        }
        Versions.requireWritten(products.update(next, expectedVersion));
        audit.record("product.revised", "product", id, current, next);
        return next;
    }

    /** Products are read by whoever may read commerce; this one by id, or 404. */
    @Transactional(readOnly = true)
    public Product product(UUID id) {
        return products.product(id).orElseThrow(() -> ApiException.notFound("PRODUCT_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Product> products(String townCode, Boolean flagship, PageQuery query) {
        return products.products(townCode, flagship, query);
    }

    Brand register(Brand brand) {
        String town = null;
        if (brand.ownerWorkshopId() != null) {
            town = workshops.workshop(brand.ownerWorkshopId()).profile().townCode();
        }
        TownScope.requireActsIn(town);
        Brand placed = new Brand(brand.id(), brand.nameZh(), brand.ownerWorkshopId(), town, 1);
        if (!products.insert(placed)) {
            throw ApiException.conflict("BRAND_TAKEN", brand.nameZh());
        }
        audit.record("brand.registered", "brand", brand.id(), null, placed);
        return placed;
    }

    @Transactional(readOnly = true)
    Brand brand(UUID id) {
        return products.brand(id).orElseThrow(() -> ApiException.notFound("BRAND_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Brand> brands(PageQuery query) {
        return products.brands(query);
    }

    Recognition recognize(Recognition recognition) {
        String town = recognition.brandId() != null ? brand(recognition.brandId()).townCode() : product(recognition.productId()).townCode();
        TownScope.requireActsIn(town);
        products.insert(recognition);
        audit.record("recognition.recorded", recognition.brandId() != null ? "brand" : "product",
                recognition.brandId() != null ? recognition.brandId() : recognition.productId(), null, recognition);
        return recognition;
    }

    @Transactional(readOnly = true)
    List<Recognition> recognitions(UUID brandId, UUID productId) {
        return products.recognitions(brandId, productId);
    }

    private void requireValid(Product product) {
        TownScope.requireActsIn(product.townCode());
        if (product.townCode() != null && !regions.townExists(product.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", product.townCode());
        }
        if (product.brandId() != null && products.brand(product.brandId()).isEmpty()) {
            throw ApiException.invalid("brandId", "UNKNOWN_BRAND", product.brandId());
        }
    }
}
