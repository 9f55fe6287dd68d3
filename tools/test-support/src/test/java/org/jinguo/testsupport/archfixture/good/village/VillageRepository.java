package org.jinguo.testsupport.archfixture.good.village;

import org.springframework.stereotype.Repository;

@Repository
class VillageRepository {
}
