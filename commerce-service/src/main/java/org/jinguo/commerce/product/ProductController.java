package org.jinguo.commerce.product;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.commerce.product.ProductRequests.BrandBody;
import org.jinguo.commerce.product.ProductRequests.ProductBody;
import org.jinguo.commerce.product.ProductRequests.RecognitionBody;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Products and brands", description = "One town, one product; brands; honours and designations with their dates")
@RequiredArgsConstructor
class ProductController {

    private final ProductService products;

    @PostMapping("/api/v1/products")
    @Creates
    @Operation(summary = "Register a product", description = "flagship: its town's one product (409 when the town has one). "
            + "Accepts Idempotency-Key.")
    ResponseEntity<Product> register(@Valid @RequestBody ProductBody body) {
        Product product = products.register(body.toProduct());
        return Versions.created(URI.create("/api/v1/products/" + product.id()), product, product.version());
    }

    @GetMapping("/api/v1/products")
    @Operation(summary = "Products", description = "flagship=true lists each town's one product.")
    Page<Product> products(@RequestParam(required = false) @TownCode String townCode,
                           @RequestParam(required = false) Boolean flagship, PageQuery page) {
        return products.products(townCode, flagship, page);
    }

    @GetMapping("/api/v1/products/{id}")
    @Operation(summary = "One product, with its ETag")
    ResponseEntity<Product> product(@PathVariable UUID id) {
        Product product = products.product(id);
        return Versions.ok(product, product.version());
    }

    @PutMapping("/api/v1/products/{id}")
    @Operation(summary = "Revise a product, or make it its town's flagship", description = "Its town does not change. If-Match required.")
    ResponseEntity<Product> revise(@PathVariable UUID id, @Valid @RequestBody ProductBody body, ExpectedVersion expected) {
        Product product = products.revise(id, expected.value(), body.toProduct());
        return Versions.ok(product, product.version());
    }

    @PostMapping("/api/v1/brands")
    @Creates
    @Operation(summary = "Register a brand", description = "A workshop's (its town) or city-wide. Accepts Idempotency-Key.")
    ResponseEntity<Brand> register(@Valid @RequestBody BrandBody body) {
        Brand brand = products.register(body.toBrand());
        return ResponseEntity.created(URI.create("/api/v1/brands/" + brand.id())).body(brand);
    }

    @GetMapping("/api/v1/brands")
    @Operation(summary = "Brands, by name")
    Page<Brand> brands(PageQuery page) {
        return products.brands(page);
    }

    @GetMapping("/api/v1/brands/{id}")
    @Operation(summary = "One brand")
    Brand brand(@PathVariable UUID id) {
        return products.brand(id);
    }

    @PostMapping("/api/v1/recognitions")
    @Creates(located = false)
    @Operation(operationId = "recordRecognition",
            summary = "Record an honour or designation of a brand or product", description = "With its level and date.")
    ResponseEntity<Recognition> recognize(@Valid @RequestBody RecognitionBody body) {
        Recognition recognition = products.recognize(body.toRecognition());
        return ResponseEntity.status(201).body(recognition);
    }

    @GetMapping("/api/v1/recognitions")
    @Operation(summary = "Honours and designations, in date order", description = "Of a brand (brandId) or a product (productId).")
    List<Recognition> recognitions(@RequestParam(required = false) UUID brandId, @RequestParam(required = false) UUID productId) {
        return products.recognitions(brandId, productId);
    }
}
