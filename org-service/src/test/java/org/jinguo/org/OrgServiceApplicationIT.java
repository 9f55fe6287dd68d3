package org.jinguo.org;

import org.jinguo.testsupport.HealthyServiceContract;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class OrgServiceApplicationIT extends HealthyServiceContract {
}
