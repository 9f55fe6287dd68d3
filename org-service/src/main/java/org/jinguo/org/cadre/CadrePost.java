package org.jinguo.org.cadre;

/** The posts a cadre (妇联干部) holds in a federation organisation. */
public enum CadrePost {
    /** 主席 */
    CHAIR,
    /** 副主席 */
    VICE_CHAIR,
    /** 执委 */
    EXECUTIVE_MEMBER,
    /** 联络员 */
    LIAISON
}
