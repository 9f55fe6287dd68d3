package org.jinguo.commerce;

import org.jinguo.testsupport.HealthyServiceContract;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class CommerceServiceApplicationIT extends HealthyServiceContract {
}
