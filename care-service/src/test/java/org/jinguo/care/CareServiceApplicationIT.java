package org.jinguo.care;

import org.jinguo.testsupport.HealthyServiceContract;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class CareServiceApplicationIT extends HealthyServiceContract {
}
