package org.jinguo.training.completion;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.training.course.Course;
import org.jinguo.training.course.CourseService;
import org.jinguo.training.person.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies each course's completion rule after an attendance, and issues the certificate anyone can verify. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompletionService {

    private final CompletionRepository completions;
    private final CourseService courses;
    private final PersonService people;
    private final CompletionEvents events;
    private final AuditTrail audit;

    /**
     * Called in the transaction that records an attendance: the course is completed once she has
     * attended as many of its sessions as its rule asks, on the date of that session.
     *
     * @return the new completion, or empty when not (yet, or no longer) due
     */
    public Optional<Completion> afterAttendance(Course course, UUID personId, LocalDate attendedOn) {
        completions.lock(course.id(), personId);
        if (completions.exists(course.id(), personId)
                || !course.outline().completedBy(completions.sessionsAttended(course.id(), personId))) {
            return Optional.empty();
        }
        CertificateNumber number = CertificateNumber.of(attendedOn.getYear(), completions.nextCertificateSequence(attendedOn.getYear()));
        Completion completion = new Completion(UuidV7.next(), course.id(), personId, attendedOn, number, attendedOn);
        if (!completions.insert(completion)) {
            return Optional.empty();
        }
        audit.record("course.completed", "completion", completion.id(), null, completion);
        events.recorded(completion, course);
        return Optional.of(completion);
    }

    /** Anyone may check a certificate: it names the course and the holder, her name masked. */
    @Transactional(readOnly = true)
    CertificateCheck verify(String number) {
        Completion completion = Optional.ofNullable(number).filter(CertificateNumber::isWellFormed).map(CertificateNumber::new)
                .flatMap(completions::withNumber)
                .orElseThrow(() -> ApiException.notFound("CERTIFICATE_NOT_FOUND", number));
        Course course = courses.course(completion.courseId());
        return new CertificateCheck(completion.certificateNumber().value(), people.maskedNameOf(completion.personId()),
                course.outline().title(), course.outline().series(), completion.completedOn(), completion.issuedOn());
    }

    /** Her completions, for whoever may see her record. */
    @Transactional(readOnly = true)
    Page<Completion> ofPerson(UUID personId, PageQuery query) {
        people.person(personId);
        return completions.ofPerson(personId, query);
    }

    /** What a certificate check shows. */
    record CertificateCheck(String number, String holderName, String courseTitle, String courseSeries, LocalDate completedOn,
                            LocalDate issuedOn) {
    }
}
