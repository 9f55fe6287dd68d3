package org.jinguo.training;

import org.jinguo.testsupport.HealthyServiceContract;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class TrainingServiceApplicationIT extends HealthyServiceContract {
}
