package org.jinguo.training;

import org.jinguo.web.labels.EnumLabelCatalog;
import org.jinguo.training.course.CourseCategory;
import org.jinguo.training.enrolment.EnrolmentStatus;
import org.jinguo.training.entrepreneur.ContestLevel;
import org.jinguo.training.entrepreneur.RecommendationResult;
import org.jinguo.training.mentor.AgreementKind;
import org.jinguo.training.mentor.AgreementStatus;
import org.jinguo.training.session.SessionStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every enumeration training-service exposes, labelled at GET /api/v1/labels/training (labels*.properties). */
@Configuration(proxyBeanMethods = false)
class TrainingLabelsConfiguration {

    @Bean
    EnumLabelCatalog trainingEnumLabels() {
        return EnumLabelCatalog.of(CourseCategory.class, SessionStatus.class, EnrolmentStatus.class, AgreementKind.class,
                AgreementStatus.class, ContestLevel.class, RecommendationResult.class);
    }
}
