package org.jinguo.commerce.online;

import java.util.Set;
import java.util.UUID;

/**
 * An account of the brand matrix on a platform, owned by a workshop (its town is the workshop's)
 * or by a brand (no town); {@code partnerClients} are the partner clients authorised to post and
 * read its sales.
 */
public record LivestreamAccount(UUID id, Platform platform, String accountName, UUID ownerWorkshopId, String ownerBrand, String townCode,
                                Set<String> partnerClients, long version) {

    public boolean authorises(String client) {
        return partnerClients.contains(client);
    }
}
