package org.jinguo.care.protection;

import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.protection.PersonalDataAccessRepository.Access;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What ops and auditors read about protection: the master keys in use, and the reveals. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ProtectionService {

    private final PersonalDataVault vault;
    private final PersonalDataAccessRepository accessLog;

    /** The vault's key status as this API has always answered it. */
    record KeyStatus(String currentMasterKeyId, Map<String, Long> dataKeysByMasterKey, String lookupKeyMasterKeyId, long erasedRecords) {
    }

    KeyStatus keyStatus() {
        org.jinguo.protection.vault.KeyStatus status = vault.keyStatus();
        return new KeyStatus(status.currentMasterKeyId(), status.dataKeysByMasterKey(), status.lookupKeyMasterKeyId(), status.erasedRecords());
    }

    Page<Access> accesses(UUID recordId, PageQuery page) {
        return accessLog.search(recordId, page);
    }
}
