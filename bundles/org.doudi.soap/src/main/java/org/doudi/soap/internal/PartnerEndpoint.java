package org.doudi.soap.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.doudi.api.Digests;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.audit.LookupAudit;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.jobs.Job;
import org.doudi.api.monitoring.FeedSubmission;
import org.doudi.api.monitoring.MonitoringService;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.soap.internal.contract.GetAssistanceStatus;
import org.doudi.soap.internal.contract.GetAssistanceStatusResponse;
import org.doudi.soap.internal.contract.GetReferralStatus;
import org.doudi.soap.internal.contract.GetReferralStatusResponse;
import org.doudi.soap.internal.contract.PartnerFault;
import org.doudi.soap.internal.contract.PartnerPortType;
import org.doudi.soap.internal.contract.SubmitFeedRecords;
import org.doudi.soap.internal.contract.SubmitFeedRecordsResponse;
import org.doudi.soap.internal.contract.SubmitReferral;
import org.doudi.soap.internal.contract.SubmitReferralResponse;

/**
 * The partner service's operations: check the input, delegate to the same services as the REST API, map the answer.
 * The caller was authenticated by {@link UsernameTokenInterceptor} and its role checked by {@link OperationRoles};
 * here it only scopes what it sees (a street-level caller its own street, a partner the referrals it made) and has
 * its reads of a household audited when it is a partner, as are its lookups that find no household (under the SHA-256
 * of the ID number). A person who died as a member is answered from the household they died in. A partner-only caller refers only to the resources its
 * agreement names ({@code org.doudi.partners}, {@code referrals}), is told no household facts in refusals, and sees
 * a referral's status and dates but not the staff's outcome text. No caller refers to a resource a program manages:
 * that goes through the program, as over REST.
 */
@WebService(endpointInterface = "org.doudi.soap.internal.contract.PartnerPortType",
        targetNamespace = PartnerEndpoint.NAMESPACE, serviceName = "PartnerService", portName = "PartnerPort",
        wsdlLocation = "classpath:wsdl/partner.wsdl")
public class PartnerEndpoint implements PartnerPortType {
    static final String NAMESPACE = "urn:doudi:partner:1";
    static final String PARTNER_READ = "partner read of assistance status (SOAP)";
    /** The purpose audited for a partner's lookup that found no household (under the ID number's SHA-256). */
    static final String PARTNER_LOOKUP = "partner lookup of assistance status, no household found (SOAP)";
    /** The conflict message a partner-only caller gets when the registry refuses its referral. */
    static final String REFUSED_REFERRAL = "the resource cannot take this referral";
    private static final int MAX_ID = 64;
    private static final int MAX_ENROLMENTS = 200;

    /** The services the operations use. */
    record Services(HouseholdService households, EnrolmentService enrolments, MonitoringService monitoring,
            ReferralService referrals, ResourceService resources, FeedAgreements agreements, DoudiClock clock,
            LookupAudit lookups) {
    }

    private final Services s;

    PartnerEndpoint(Services services) {
        this.s = services;
    }

    @Override
    public GetAssistanceStatusResponse getAssistanceStatus(GetAssistanceStatus request) throws PartnerFault {
        return run("GetAssistanceStatus", () -> {
            Caller caller = caller();
            ResidentIdNumber.Result id = ResidentIdNumber.check(request.getIdNumber(), s.clock().today());
            if (!id.valid()) {
                throw new ValidationException("idNumber", id.rule(), id.message());
            }
            boolean partner = caller.hasRole(Roles.PARTNER);
            List<Household> found = s.households().search(new HouseholdQuery(null, id.normalized(), null, 0, 1))
                    .items();
            if (!found.isEmpty()) {
                if (!caller.maySee(found.get(0).street())) {
                    return unregistered(id.normalized(), caller, partner);
                }
                Household h = found.get(0);
                if (partner) {
                    s.households().recordRead(h.id(), caller.name(), PARTNER_READ);
                }
                return AssistanceStatusView.of(id.normalized(), h.id(), enrolmentsOf(h), caller);
            }
            Optional<Household> died = s.households().findByMember(id.normalized(), 1).stream()
                    .filter(h -> caller.maySee(h.street()))
                    .filter(h -> diedOn(h, id.normalized()) != null).findFirst();
            if (died.isEmpty()) {
                return unregistered(id.normalized(), caller, partner);
            }
            Household h = died.get();
            if (partner) {
                s.households().recordRead(h.id(), caller.name(), PARTNER_READ);
            }
            return AssistanceStatusView.deceased(id.normalized(), h.id(), enrolmentsOf(h), diedOn(h, id.normalized()),
                    caller);
        });
    }

    /** The answer for nobody found (or nobody the caller may see); a partner's lookup is audited by the digest. */
    private GetAssistanceStatusResponse unregistered(String idNumber, Caller caller, boolean partner) {
        if (partner) {
            s.lookups().recordLookup(caller.name(), PARTNER_LOOKUP, Digests.sha256(idNumber));
        }
        return AssistanceStatusView.unregistered(idNumber, caller);
    }

    private List<Enrolment> enrolmentsOf(Household h) {
        return s.enrolments().search(new EnrolmentQuery(h.id(), null, null, null, false, 0, MAX_ENROLMENTS)).items();
    }

    /**
     * The day the person of {@code idNumber} died as a member of {@code h}: their latest membership there ended for
     * DECEASED; null when it did not (a current member, or one who moved out).
     */
    static LocalDate diedOn(Household h, String idNumber) {
        Optional<Member> latest = h.members() == null ? Optional.empty() : h.members().stream()
                .filter(m -> idNumber.equals(m.idNumber()))
                .max(Comparator.comparing(Member::endedOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return latest.filter(m -> m.endedOn() != null && m.endReason() == EndReason.DECEASED).map(Member::endedOn)
                .orElse(null);
    }

    @Override
    public SubmitFeedRecordsResponse submitFeedRecords(SubmitFeedRecords request) throws PartnerFault {
        return run("SubmitFeedRecords", () -> {
            Caller caller = caller();
            FeedRecords.Checked checked = FeedRecords.check(request, s.clock().today());
            FeedSubmission sent = checked.submission();
            if (partnerOnly(caller)) {
                if (!s.agreements().maySend(caller.name(), checked.type().id())) {
                    throw new DoudiException(403, "forbidden", "partner " + caller.name() + " has no agreement to "
                            + "send " + checked.type().id() + " feeds (org.doudi.partners feeds)");
                }
                String as = "partner:" + caller.name() + (sent.department() == null ? "" : " (" + sent.department()
                        + ")");
                sent = new FeedSubmission(as.length() > 100 ? as.substring(0, 100) : as, sent.period(),
                        sent.records());
            }
            Job job = s.monitoring().loadFeed(checked.type(), sent, WriteContext.of(caller.name(), null));
            SubmitFeedRecordsResponse r = new SubmitFeedRecordsResponse();
            r.setJobId(job.id());
            r.setState(job.state().name());
            r.setAccepted(sent.records().size());
            return r;
        });
    }

    @Override
    public SubmitReferralResponse submitReferral(SubmitReferral request) throws PartnerFault {
        return run("SubmitReferral", () -> {
            Caller caller = caller();
            String householdId = id("householdId", request.getHouseholdId());
            String resourceId = id("resourceId", request.getResourceId());
            boolean partner = partnerOnly(caller);
            if (partner && !s.agreements().mayRefer(caller.name(), resourceId)) {
                throw new DoudiException(403, "forbidden", "partner " + caller.name() + " has no agreement to "
                        + "refer households to resource " + resourceId + " (org.doudi.partners referrals)");
            }
            Household h = s.households().find(householdId).filter(x -> caller.maySee(x.street()))
                    .orElseThrow(() -> DoudiException.notFound("household " + householdId));
            AssistanceResource resource = s.resources().get(resourceId)
                    .filter(r -> r.street() == null || caller.maySee(r.street()))
                    .orElseThrow(() -> DoudiException.notFound("resource " + resourceId));
            if (resource.programId() != null) {
                throw DoudiException.conflict("resource " + resource.id() + " is managed by program "
                        + resource.programId() + ": refer through /api/programs/" + resource.programId()
                        + "/referrals");
            }
            Referral made;
            try {
                made = s.referrals().refer(new ReferralRequest(h.id(), resourceId, request.getDimension(),
                        request.getAmount(), null, request.getNote()), WriteContext.of(caller.name(),
                                request.getNote()));
            } catch (DoudiException e) {
                throw partner ? forPartner(e) : e;
            }
            SubmitReferralResponse r = new SubmitReferralResponse();
            r.setReferral(ReferralView.of(made, partner));
            return r;
        });
    }

    @Override
    public GetReferralStatusResponse getReferralStatus(GetReferralStatus request) throws PartnerFault {
        return run("GetReferralStatus", () -> {
            Caller caller = caller();
            String referralId = id("referralId", request.getReferralId());
            boolean partner = partnerOnly(caller);
            Referral r = s.referrals().get(referralId).filter(x -> caller.maySee(x.street()))
                    .filter(x -> !partner || caller.name().equals(x.referredBy()))
                    .orElseThrow(() -> DoudiException.notFound("referral " + referralId));
            GetReferralStatusResponse answer = new GetReferralStatusResponse();
            answer.setReferral(ReferralView.of(r, partner));
            return answer;
        });
    }

    /**
     * What a partner-only caller is told of a refused referral: the registry's conflict messages may name the
     * household's street (or other facts of the household), so a partner gets a generic text instead; other refusals
     * pass as they are.
     */
    static DoudiException forPartner(DoudiException e) {
        return e.status() == 409 ? new DoudiException(409, e.type(), REFUSED_REFERRAL) : e;
    }

    /** A partner without a district or street role: it sees and sends only what its agreement covers. */
    static boolean partnerOnly(Caller caller) {
        return caller.hasRole(Roles.PARTNER) && !caller.seesFullIdNumbers() && !caller.hasRole(Roles.AUDITOR)
                && !caller.hasAnyRole(Roles.STREET_LEVEL);
    }

    private static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", "must be given");
        }
        if (value.strip().length() > MAX_ID) {
            throw new ValidationException(field, "length", "must be 1 to " + MAX_ID + " characters");
        }
        return value.strip();
    }

    private static Caller caller() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Caller caller = message == null ? null : message.getExchange().get(Caller.class);
        if (caller == null) {
            throw new IllegalStateException("SOAP request reached the service without authentication");
        }
        return caller;
    }

    private static <T> T run(String operation, Supplier<T> work) throws PartnerFault {
        try {
            return work.get();
        } catch (DoudiException e) {
            throw Faults.of(e);
        } catch (RuntimeException e) {
            throw Faults.internal(operation, e);
        }
    }
}
