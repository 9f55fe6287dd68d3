package org.jinguo.org;

import org.jinguo.testsupport.ApiDocumentContract;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class ApiDocumentIT extends ApiDocumentContract {
}
