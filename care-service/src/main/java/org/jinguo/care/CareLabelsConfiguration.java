package org.jinguo.care;

import org.jinguo.care.child.ChildCategory;
import org.jinguo.care.child.ChildStatus;
import org.jinguo.care.child.CloseReason;
import org.jinguo.care.child.ConsentKind;
import org.jinguo.care.child.GuardianRelation;
import org.jinguo.care.child.NeedLevel;
import org.jinguo.care.donation.DonationKind;
import org.jinguo.care.donation.DonorKind;
import org.jinguo.care.helper.HelperKind;
import org.jinguo.care.household.ActivityKind;
import org.jinguo.care.household.SupportKind;
import org.jinguo.care.insurance.InsuranceEnrolmentStatus;
import org.jinguo.care.matching.MatchStatus;
import org.jinguo.care.mediation.DisputeKind;
import org.jinguo.care.mediation.MediationOutcome;
import org.jinguo.care.mediation.MediationStatus;
import org.jinguo.care.mother.Availability;
import org.jinguo.care.mother.MotherStatus;
import org.jinguo.care.mother.Skill;
import org.jinguo.care.referral.ReferralKind;
import org.jinguo.care.referral.ReferralStatus;
import org.jinguo.care.visit.VisitKind;
import org.jinguo.web.labels.EnumLabelCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every enumeration care-service exposes, labelled at GET /api/v1/labels/care (labels*.properties). */
@Configuration(proxyBeanMethods = false)
class CareLabelsConfiguration {

    @Bean
    EnumLabelCatalog careEnumLabels() {
        return EnumLabelCatalog.of(ChildCategory.class, NeedLevel.class, GuardianRelation.class, ChildStatus.class, CloseReason.class,
                ConsentKind.class, Skill.class, Availability.class, MotherStatus.class, HelperKind.class, MatchStatus.class, VisitKind.class,
                ActivityKind.class, SupportKind.class, DonationKind.class, DonorKind.class, InsuranceEnrolmentStatus.class, DisputeKind.class,
                MediationStatus.class, MediationOutcome.class, ReferralKind.class, ReferralStatus.class);
    }
}
