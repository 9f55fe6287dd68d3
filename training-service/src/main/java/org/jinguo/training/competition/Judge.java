package org.jinguo.training.competition;

/** A judge: her identity account ({@code subject}, as in her token) and the name shown. */
public record Judge(String subject, String name) {
}
