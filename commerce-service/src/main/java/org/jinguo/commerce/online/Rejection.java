package org.jinguo.commerce.online;

/** A record of a batch that was not stored: its position (from 0), its external id as sent, and why (a stable code). */
public record Rejection(int index, String externalId, String reason) {
}
