import { stringify } from 'yaml';
import type { DemoStep } from './step.ts';

/**
 * The demo's API contract: `openapi.yaml` (OpenAPI 3.1) over ~180 days. It grows compatibly, goes
 * 0.x -> 1.0.0, then 1.2.0 removes `GET /owners` without a major bump (SemVer `fail`, and it stays
 * `fail` through the 1.2.1 patch), 2.0.0 owns up to it (`ok`), one commit breaks the YAML (a
 * placeholder run, fixed the next day), and HEAD ends clean on 2.2.1.
 */
export const API_SPEC_PATH = 'openapi.yaml';
export const apiDemoConfig = { openapi: { path: API_SPEC_PATH } };

interface Shape {
  version: string;
  /** Pet has `tags` (a compatible response addition). */
  petTags?: boolean;
  /** `GET /pets` takes an optional `limit`. */
  limit?: boolean;
  createPet?: boolean;
  owners?: boolean;
  deletePet?: boolean;
  patchPet?: boolean;
  photos?: boolean;
  /** `GET /pets/{petId}` is deprecated in favour of the photo-aware listing. */
  description?: string;
}

export const apiDemoSteps: DemoStep[] = [
  step(3, 'API: first draft of the pets API (0.9.0)', { version: '0.9.0' }),
  step(16, 'API: create pets (0.10.0)', { version: '0.10.0', createPet: true }),
  step(31, 'API: first stable release, optional limit on the listing (1.0.0)', { version: '1.0.0', createPet: true, limit: true }),
  step(44, 'API: clarify descriptions (1.0.1)', { version: '1.0.1', createPet: true, limit: true, description: 'Pets of the demo platform.' }),
  step(58, 'API: owners and pet deletion (1.1.0)', {
    version: '1.1.0',
    createPet: true,
    limit: true,
    owners: true,
    deletePet: true,
    description: 'Pets of the demo platform.',
  }),
  step(72, 'API: pets gain tags in responses (1.1.1)', {
    version: '1.1.1',
    createPet: true,
    limit: true,
    owners: true,
    deletePet: true,
    petTags: true,
    description: 'Pets of the demo platform.',
  }),
  // The breaking change without a major bump: the demo shows SemVer `fail` from here...
  step(88, 'API: drop the owners listing (1.2.0)', {
    version: '1.2.0',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    description: 'Pets of the demo platform.',
  }),
  step(95, 'API: typo fixes (1.2.1)', {
    version: '1.2.1',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    description: 'Pets of the demo platform (owners moved to the accounts API).',
  }),
  // ...until the major bump owns up to it.
  step(103, 'API: release the owners removal as 2.0.0', {
    version: '2.0.0',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    description: 'Pets of the demo platform (owners moved to the accounts API).',
  }),
  step(121, 'API: partial updates of pets (2.1.0)', {
    version: '2.1.0',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    patchPet: true,
    description: 'Pets of the demo platform (owners moved to the accounts API).',
  }),
  {
    day: 138,
    hour: 15,
    message: 'API: reindent the spec (broken YAML)',
    files: { [API_SPEC_PATH]: 'openapi: 3.1.0\ninfo:\n  title: Demo pets API\n  version: "2.1.1"\n paths: {}\n  components: [\n' },
  },
  step(139, 'API: fix the YAML (2.1.1)', {
    version: '2.1.1',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    patchPet: true,
    description: 'Pets of the demo platform (owners moved to the accounts API).',
  }),
  step(160, 'API: pet photos (2.2.0)', {
    version: '2.2.0',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    patchPet: true,
    photos: true,
    description: 'Pets of the demo platform (owners moved to the accounts API).',
  }),
  step(176, 'API: document photo sizes (2.2.1)', {
    version: '2.2.1',
    createPet: true,
    limit: true,
    deletePet: true,
    petTags: true,
    patchPet: true,
    photos: true,
    description: 'Pets of the demo platform, with photos (owners moved to the accounts API).',
  }),
];

function step(day: number, message: string, shape: Shape): DemoStep {
  return { day, hour: 14, message, files: { [API_SPEC_PATH]: apiSpec(shape) } };
}

/** The spec for one point of the history, as YAML. */
export function apiSpec(shape: Shape): string {
  const ok = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
  const petRef = { $ref: '#/components/schemas/Pet' };
  const petId = { name: 'petId', in: 'path', required: true, schema: { type: 'string' } };
  const paths: Record<string, Record<string, unknown>> = {};

  const listPets: Record<string, unknown> = {
    operationId: 'listPets',
    summary: 'List pets',
    responses: { '200': ok({ type: 'array', items: petRef }) },
  };
  if (shape.limit) {
    listPets.parameters = [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } }];
  }
  paths['/pets'] = { get: listPets };
  if (shape.createPet) {
    paths['/pets']!.post = {
      operationId: 'createPet',
      summary: 'Create a pet',
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } } },
      responses: { '201': ok(petRef, 'Created') },
    };
  }
  const item: Record<string, unknown> = {
    parameters: [petId],
    get: { operationId: 'getPet', summary: 'One pet', responses: { '200': ok(petRef), '404': { description: 'No such pet' } } },
  };
  if (shape.deletePet) item.delete = { operationId: 'deletePet', summary: 'Delete a pet', responses: { '204': { description: 'Deleted' } } };
  if (shape.patchPet) {
    item.patch = {
      operationId: 'updatePet',
      summary: 'Update some fields of a pet',
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/PetPatch' } } } },
      responses: { '200': ok(petRef) },
    };
  }
  paths['/pets/{petId}'] = item;
  if (shape.photos) {
    paths['/pets/{petId}/photos'] = {
      parameters: [petId],
      get: {
        operationId: 'listPetPhotos',
        summary: 'Photos of a pet',
        parameters: [{ name: 'size', in: 'query', required: false, schema: { type: 'string', enum: ['small', 'large'] } }],
        responses: { '200': ok({ type: 'array', items: { $ref: '#/components/schemas/Photo' } }) },
      },
    };
  }
  if (shape.owners) {
    paths['/owners'] = {
      get: { operationId: 'listOwners', summary: 'List owners', responses: { '200': ok({ type: 'array', items: { $ref: '#/components/schemas/Owner' } }) } },
    };
  }

  const petProperties: Record<string, unknown> = { id: { type: 'string' }, name: { type: 'string' }, species: { type: 'string' } };
  if (shape.petTags) petProperties.tags = { type: 'array', items: { type: 'string' } };
  const schemas: Record<string, unknown> = {
    Pet: { type: 'object', required: ['id', 'name'], properties: petProperties },
    NewPet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, species: { type: 'string' } } },
  };
  if (shape.patchPet) schemas.PetPatch = { type: 'object', properties: { name: { type: 'string' }, species: { type: 'string' } } };
  if (shape.photos) schemas.Photo = { type: 'object', required: ['url'], properties: { url: { type: 'string' }, width: { type: 'integer' } } };
  if (shape.owners) schemas.Owner = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } };

  const document = {
    openapi: '3.1.0',
    info: { title: 'Demo pets API', version: shape.version, ...(shape.description ? { description: shape.description } : {}) },
    paths,
    components: { schemas },
  };
  return stringify(document, { lineWidth: 0 });
}
