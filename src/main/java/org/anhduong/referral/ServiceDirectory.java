package org.anhduong.referral;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The service directory and the referral pathways.
 *
 * <p><b>Who</b>: every signed-in user with a staff role (not a viewer) searches and reads the directory and the
 * pathways; only an {@code ADMINISTRATOR} creates and changes services and pathways ({@link ForbiddenException}
 * otherwise, audited DENIED). Directory data is organisational, not personal: nothing here is encrypted.
 *
 * <p><b>Audit</b> (record types {@code referralService}, {@code referralPathway}): {@code referralService.search},
 * {@code referralService.read}, {@code referralService.create}, {@code referralService.update},
 * {@code referralPathway.read}, {@code referralPathway.list}, {@code referralPathway.update}.
 */
public interface ServiceDirectory {

    /** At most {@value #LIMIT} services, by sector, type and name. */
    List<ServiceOffer> search(ServiceSearch search);

    /** @throws NotFoundException when there is no such service */
    ServiceOffer find(long serviceId);

    /** @throws InvalidInputException naming every bad field */
    ServiceOffer create(ServiceDetails details);

    /**
     * @throws ConflictException {@code stale-version} when changed since {@code version}
     */
    ServiceOffer update(long serviceId, int version, ServiceDetails details);

    /**
     * The pathway for the service type in the commune: the commune's own when there is one, else the province's,
     * else an empty one for the commune. Inactive services are left out.
     */
    Pathway pathway(@Nullable String communeCode, ServiceType serviceType);

    /** Every saved pathway, by scope and service type. */
    List<Pathway> pathways();

    /**
     * Replaces the pathway of a scope (a commune code or {@link Pathway#PROVINCE}) and service type.
     *
     * @param version 0 for one never saved
     * @throws InvalidInputException when a service is unknown, of another type, or named twice
     */
    Pathway savePathway(String scope, ServiceType serviceType, int version, List<Long> serviceIds);

    int LIMIT = 200;
}
