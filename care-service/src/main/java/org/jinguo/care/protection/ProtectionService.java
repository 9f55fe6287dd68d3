package org.jinguo.care.protection;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.protection.PersonalDataAccessRepository.Access;
import org.jinguo.protection.vault.KeyStatus;
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

    KeyStatus keyStatus() {
        return vault.keyStatus();
    }

    Page<Access> accesses(UUID recordId, PageQuery page) {
        return accessLog.search(recordId, page);
    }
}
