package org.jinguo.care.protection;

import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.protection.PersonalDataAccessRepository.Access;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What ops and auditors read about protection: the master keys in use, and the reveals. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ProtectionService {

    private final DataKeyRepository keys;
    private final MasterKeys masterKeys;
    private final PersonalDataAccessRepository accessLog;

    record KeyStatus(String currentMasterKeyId, Map<String, Long> dataKeysByMasterKey, String lookupKeyMasterKeyId, long erasedRecords) {
    }

    KeyStatus keyStatus() {
        return new KeyStatus(masterKeys.current().keyId(), keys.liveKeysByMasterKey(),
                keys.lookupKey().map(DataKeyRepository.WrappedKey::masterKeyId).orElse(null), keys.destroyedKeys());
    }

    Page<Access> accesses(UUID recordId, PageQuery page) {
        return accessLog.search(recordId, page);
    }
}
