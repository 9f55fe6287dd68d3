package org.jinguo.service.labels;

/**
 * An enumeration that travels as its stable code ({@code name()}) and is shown to people in
 * Chinese or English. Front ends read all labels of a service from its labels endpoint.
 */
public interface LabeledEnum {

    String name();

    String labelZh();

    String labelEn();
}
