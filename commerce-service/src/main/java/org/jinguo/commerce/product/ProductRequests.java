package org.jinguo.commerce.product;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the products API accepts. */
final class ProductRequests {

    private ProductRequests() {
    }

    /** @param flagship its town's "one town, one product"; needs a town, one per town */
    record ProductBody(UUID id, @NotBlank @Size(max = 100) @PlainText String nameZh, @TownCode String townCode,
                       UUID brandId, Boolean flagship, @Size(max = 2000) @PlainText String description) {

        Product toProduct() {
            boolean isFlagship = Boolean.TRUE.equals(flagship);
            if (isFlagship && townCode == null) {
                throw ApiException.invalid("flagship", "FLAGSHIP_NEEDS_TOWN");
            }
            return new Product(id == null ? UuidV7.next() : id, nameZh, townCode, brandId, isFlagship, description, 1);
        }
    }

    /** @param ownerWorkshopId optional: a workshop's brand takes its town; without, the brand is city-wide */
    record BrandBody(UUID id, @NotBlank @Size(max = 100) @PlainText String nameZh, UUID ownerWorkshopId) {

        Brand toBrand() {
            return new Brand(id == null ? UuidV7.next() : id, nameZh, ownerWorkshopId, null, 1);
        }
    }

    /** Of a brand ({@code brandId}) or a product ({@code productId}). */
    record RecognitionBody(UUID brandId, UUID productId, @NotNull RecognitionKind kind, @NotBlank @Size(max = 200) @PlainText String title,
                           @NotNull RecognitionLevel level, @NotNull LocalDate awardedOn) {

        Recognition toRecognition() {
            if ((brandId == null) == (productId == null)) {
                throw ApiException.invalid("brandId", "BRAND_OR_PRODUCT");
            }
            return new Recognition(UuidV7.next(), brandId, productId, kind, title, level, awardedOn);
        }
    }
}
