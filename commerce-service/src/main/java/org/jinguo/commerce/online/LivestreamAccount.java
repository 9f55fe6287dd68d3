package org.jinguo.commerce.online;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account of the brand matrix on a platform, owned by a workshop (its town is the workshop's)
 * or by a brand (no town); {@code partnerClients} are the partner clients authorised to post and
 * read its sales.
 */
public record LivestreamAccount(UUID id, Platform platform, String accountName, @Nullable UUID ownerWorkshopId, @Nullable String ownerBrand,
                                @Nullable String townCode, Set<String> partnerClients, long version) {

    public boolean authorises(String client) {
        return partnerClients.contains(client);
    }
}
