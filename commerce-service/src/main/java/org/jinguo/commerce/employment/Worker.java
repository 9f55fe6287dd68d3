package org.jinguo.commerce.employment;

import java.util.UUID;

import org.jinguo.values.MobilePhone;

/** A woman working at a workshop who did not come through training: her name, phone (may be null) and town. */
public record Worker(UUID id, String nameZh, MobilePhone phone, String townCode, long version) {
}
