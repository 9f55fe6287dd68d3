package org.jinguo.dataset;

/** Everything one data set holds, as plain records: what is loaded and what the report must show. */
public record DataSet(String name, OrgData org, TrainingData training, CommerceData commerce, CareData care) {
}
