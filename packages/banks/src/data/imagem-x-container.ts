import type { Bank } from "../types";

// Imagem x Container: imagens, camadas, storage driver, registry, tags e digests, build x commit e a diferença entre imagem e container.
export const imagemXContainerBank: Bank = {
  id: "imagem-x-container",
  title: "Imagem x Container",
  language: "pt-BR",
  description:
    "Imagens Docker e suas camadas, registry, build x commit e a diferença entre imagem e container.",
  questions: [
    {
      id: "imagem-01",
      type: "single",
      prompt: "O que é, de fato, uma imagem Docker?",
      options: [
        "Um arquivo de texto com instruções de build",
        "Camadas de arquivos somente leitura, mais metadados",
        "Um container em execução",
        "Uma máquina virtual compactada",
      ],
      correct: [1],
      explanation:
        "As anotações chamam a imagem de “um arquivo com instruções”, mas esse arquivo é o Dockerfile. A imagem é o resultado do build: camadas de sistema de arquivos somente leitura mais metadados (comando padrão, variáveis, portas).",
      timeLimitSec: 20,
    },
    {
      id: "imagem-02",
      type: "truefalse",
      prompt: "O Dockerfile e a imagem Docker são a mesma coisa.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "O Dockerfile é a receita: um arquivo de texto com as instruções. A imagem é o que o docker build produz a partir dele: camadas e metadados, guardados localmente ou em um registry.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-03",
      type: "single",
      prompt: "O que é uma camada (layer) de uma imagem?",
      options: [
        "Um container parado",
        "Uma tag dentro do repositório",
        "Um conjunto de mudanças no sistema de arquivos",
        "Uma VM intermediária",
      ],
      correct: [2],
      explanation:
        "Cada camada registra mudanças no sistema de arquivos (arquivos adicionados, alterados ou removidos) em relação às camadas de baixo. Empilhadas, elas formam o sistema de arquivos completo da imagem.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-04",
      type: "multiple",
      prompt: "Quais instruções do Dockerfile criam novas camadas no sistema de arquivos da imagem?",
      options: ["RUN", "ENV", "COPY", "CMD", "ADD"],
      correct: [0, 2, 4],
      explanation:
        "RUN, COPY e ADD mudam o sistema de arquivos e, por isso, geram camadas. ENV, CMD, EXPOSE e similares só alteram os metadados da imagem, sem criar camadas de arquivos.",
      timeLimitSec: 30,
      pointsMode: "double",
    },
    {
      id: "imagem-05",
      type: "multiple",
      prompt: "Duas imagens diferentes começam com FROM python:3.12-slim. O que é verdade?",
      options: [
        "As camadas da base ficam guardadas uma só vez",
        "Cada imagem guarda uma cópia completa da base",
        "Builds seguintes podem reaproveitar camadas do cache",
        "Alterar uma das imagens altera a outra",
      ],
      correct: [0, 2],
      explanation:
        "Camadas são identificadas pelo conteúdo e compartilhadas entre imagens: a base é baixada e armazenada uma única vez. É o reúso de camadas citado nas anotações; o cache de build também reaproveita camadas que não mudaram.",
      timeLimitSec: 30,
    },
    {
      id: "imagem-06",
      type: "single",
      prompt: "Qual storage driver o Docker usa por padrão, e recomenda, nas instalações Linux atuais?",
      options: ["AUFS", "devicemapper", "overlay2 (OverlayFS)"],
      correct: [2],
      explanation:
        "As anotações citam o AUFS como muito usado, mas ele foi descontinuado e removido no Docker Engine 24. Hoje o padrão é o overlay2, baseado no OverlayFS do kernel; versões recentes usam o image store do containerd, com snapshotter overlayfs.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-07",
      type: "single",
      prompt: "Quando um container é iniciado, o que acontece com as camadas da imagem?",
      options: [
        "A última camada da imagem passa a ser gravável",
        "Todas as camadas são copiadas e ficam graváveis",
        "A imagem é convertida no container e some",
        "Seguem só leitura; uma camada gravável vai por cima",
      ],
      correct: [3],
      explanation:
        "As anotações dizem que “apenas a última camada pode ser alterada”, mas nenhuma camada da imagem muda. O Docker adiciona por cima uma camada fina e gravável, exclusiva do container; a imagem continua somente leitura.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-08",
      type: "truefalse",
      prompt: "Se um container altera um arquivo que veio da imagem, a própria imagem também é alterada.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "Pelo copy-on-write, o arquivo é copiado para a camada gravável do container antes de ser alterado. A imagem não muda, e outros containers da mesma imagem continuam vendo o arquivo original.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-09",
      type: "single",
      prompt: "O que acontece com os dados da camada gravável quando o container é removido (docker rm)?",
      options: [
        "São perdidos, a menos que estejam em um volume",
        "São salvos automaticamente na imagem",
        "São enviados ao Docker Hub",
        "Viram uma nova tag da imagem",
      ],
      correct: [0],
      explanation:
        "A camada gravável pertence ao container e é apagada junto com ele. Para guardar dados além da vida do container, usam-se volumes ou bind mounts; a imagem nunca é alterada.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-10",
      type: "multiple",
      prompt: "Quais afirmações sobre registry e repositórios estão corretas?",
      options: [
        "O registry executa os containers",
        "O Docker Hub é um registry público",
        "Um repositório agrupa versões (tags) de uma imagem",
        "docker push envia uma imagem a um registry",
        "Cada tag precisa de um registry diferente",
      ],
      correct: [1, 2, 3],
      explanation:
        "O registry armazena e distribui imagens, organizadas em repositórios com várias tags; o Docker Hub é o registry público padrão. docker push envia e docker pull baixa; quem executa containers é o Docker Engine.",
      timeLimitSec: 30,
    },
    {
      id: "imagem-11",
      type: "single",
      prompt: "Na referência nginx:1.27, o que representa o 1.27?",
      options: [
        "O número de camadas da imagem",
        "A tag, que indica uma versão da imagem",
        "A porta exposta pelo container",
        "O ID do container",
      ],
      correct: [1],
      explanation:
        "Uma referência de imagem tem o formato repositório:tag. A tag é um rótulo legível que aponta para uma imagem do repositório; sem tag, o Docker assume latest.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-12",
      type: "single",
      prompt: "O que identifica de forma imutável o conteúdo exato de uma imagem?",
      options: [
        "A tag latest",
        "O nome do repositório",
        "O nome do container",
        "O digest (sha256:…)",
      ],
      correct: [3],
      explanation:
        "O digest é um hash SHA-256 do conteúdo (manifesto) da imagem: se o conteúdo mudar, o digest muda. Tags são móveis; usar nginx@sha256:… garante sempre a mesma imagem.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-13",
      type: "truefalse",
      prompt: "Uma tag como latest pode passar a apontar para outra imagem depois de um novo push.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "Tags são rótulos móveis: um novo push com a mesma tag faz com que ela aponte para a nova imagem. “latest” não garante nem a versão mais nova nem a mesma imagem de ontem; para isso, use o digest.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-14",
      type: "single",
      prompt: "Por que preferir Dockerfile com docker build a criar imagens com docker commit?",
      options: [
        "O docker commit não funciona nas versões atuais",
        "O build é reproduzível: cada passo fica registrado",
        "O docker build gera imagens sem camadas",
        "O docker commit só funciona com AUFS",
      ],
      correct: [1],
      explanation:
        "As anotações dizem que commit não é boa prática: ele funciona, mas salva o estado de um container sem registrar como se chegou nele. Com Dockerfile e docker build, a receita fica versionada e auditável, e qualquer um reconstrói a imagem.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-15",
      type: "multiple",
      prompt: "Quais afirmações sobre imagem e container estão corretas?",
      options: [
        "A imagem é o modelo; o container é uma instância dela",
        "Cada container precisa de uma imagem diferente",
        "Vários containers podem vir da mesma imagem",
        "Um container pode existir parado, sem executar",
        "Parar um container apaga a imagem dele",
      ],
      correct: [0, 2, 3],
      explanation:
        "As anotações resumem: imagem é o modelo, container é o processo gerado por ela. Uma imagem pode gerar muitos containers, e um container parado continua existindo (veja docker ps -a) até ser removido.",
      timeLimitSec: 30,
    },
    {
      id: "imagem-16",
      type: "single",
      prompt: "O que o comando docker run nginx faz?",
      options: [
        "Cria e inicia um container a partir da imagem nginx",
        "Constrói a imagem nginx a partir de um Dockerfile",
        "Envia a imagem nginx ao Docker Hub",
        "Altera a imagem nginx para incluir o container",
      ],
      correct: [0],
      explanation:
        "docker run cria um container novo a partir da imagem e o inicia; se a imagem não existir localmente, ela é baixada (pull) do registry antes. Construir é com docker build, e enviar, com docker push.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-17",
      type: "single",
      prompt: "Para que serve um build multi-stage em um Dockerfile?",
      options: [
        "Rodar vários containers ao mesmo tempo",
        "Enviar a imagem para vários registries",
        "Compilar num estágio e levar só o resultado à imagem final",
        "Dividir uma imagem entre vários hosts",
      ],
      correct: [2],
      explanation:
        "Com vários FROM no mesmo Dockerfile, um estágio tem compiladores e dependências de build, e o estágio final copia só o necessário (COPY --from). A imagem final fica menor e mais segura.",
      timeLimitSec: 20,
    },
    // Polls and ordering questions come last, after the ids above, so every existing question keeps its
    // place in a game: the poll closes the class (a teacher who wants one to open it writes it in a copy).
    {
      id: "imagem-18",
      type: "poll",
      prompt: "Para fechar: depois desta aula, você saberia explicar a diferença entre imagem e container?",
      options: [
        "Ainda não",
        "Sei que são diferentes, mas não sei explicar",
        "Sei explicar com as minhas palavras",
      ],
      correct: [],
      explanation:
        "Não há resposta certa: a enquete mostra o que ficou da aula. Se faltou algo, o resumo das anotações cabe numa frase: a imagem é o modelo, somente leitura; o container é o processo criado a partir dela.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-19",
      type: "ordering",
      // The order is not in the prompt: the student has to know what `docker run` does, step by step.
      prompt: "Em que ordem o `docker run nginx` faz o seu trabalho, do comando ao container rodando?",
      options: [
        "Procura a imagem `nginx` no host e, se não a tiver, baixa do registry",
        "Monta as camadas da imagem, somente leitura, como base dos arquivos do container",
        "Cria por cima delas uma camada gravável, só deste container",
        "Inicia o processo definido na imagem (`ENTRYPOINT`/`CMD`), isolado, sobre o kernel do host",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "Sem a imagem no host, o `docker run` primeiro a baixa do registry, onde as imagens ficam guardadas. As camadas da imagem não mudam: são o modelo somente leitura, e outros containers podem usar as mesmas. Sobre elas o Docker cria uma camada gravável, só deste container: é a “última camada que pode ser alterada” das anotações (hoje o driver padrão é o overlay2; o AUFS que elas citam saiu do Docker). Por fim inicia o processo, isolado mas no mesmo kernel do host: o container é o processo gerado pela imagem.",
      timeLimitSec: 60,
    },
    // Typed answers come after polls and ordering, for the same reason: every older question keeps its place.
    {
      id: "imagem-20",
      type: "typeAnswer",
      prompt: "Qual comando cria uma imagem a partir de um Dockerfile? Escreva só o comando, sem opções nem o diretório de contexto (o `.` do final).",
      // Every name the Docker CLI gives the same build: image build is its group, buildx/builder build run it through BuildKit.
      options: ["docker build", "docker image build", "docker buildx build", "docker builder build"],
      correct: [],
      explanation:
        "O `docker build` lê o Dockerfile, executa suas instruções e gera a imagem camada a camada: é o processo que as anotações chamam de build. `docker image build` é o mesmo comando no grupo `image`, e como hoje o build roda pelo BuildKit, `docker buildx build` e `docker builder build` também valem. O `docker commit` também gera uma imagem, mas a partir de um container e sem Dockerfile: por isso as anotações dizem que não é boa prática.",
      timeLimitSec: 30,
    },
    // Slides and sliders come after the typed answer, for the same reason: every older question keeps
    // its place in a game (and in the tests that play the banks by position). The slide opens this last
    // block: it teaches the count the slider then asks for, on another Dockerfile.
    {
      id: "imagem-21",
      type: "slide",
      prompt: "O que cada linha do Dockerfile produz",
      options: [],
      correct: [],
      explanation:
        "Cada instrução do Dockerfile é um passo do build, mas só as que mudam arquivos acrescentam uma camada: `RUN`, `COPY` e `ADD`. As demais (`ENV`, `EXPOSE`, `CMD`, `LABEL`, `USER`…) só gravam configuração nos metadados da imagem.\n\n```dockerfile\n# base: as camadas da imagem alpine, guardadas uma vez só no host\nFROM alpine:3.20\n# camada 1: os arquivos que o apk instalou\nRUN apk add --no-cache python3\n# camada 2: o arquivo copiado do contexto de build\nCOPY app.py /srv/app.py\n# só metadados: nenhuma camada\nENV PORTA=8000\nEXPOSE 8000\nCMD [\"python3\", \"/srv/app.py\"]\n```\n\nEsta imagem tem as camadas do alpine e mais 2. O `docker history` mostra cada passo; os de metadados aparecem com 0B. É o que dizem as anotações: uma camada é uma ou mais mudanças no sistema de arquivos. O `WORKDIR` é um caso à parte: ele também garante que a pasta exista, e o build registra isso como uma camada, quase vazia.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-22",
      type: "slider",
      // No WORKDIR here: it records a (nearly empty) layer of its own, which would make the count a trick.
      prompt:
        "Quantas camadas de sistema de arquivos o build deste Dockerfile acrescenta sobre as da imagem base (`python:3.12-slim`)?\n\n```dockerfile\nFROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCOPY . /app/\nRUN useradd --create-home aluno\nUSER aluno\nEXPOSE 8000\nCMD [\"python\", \"/app/main.py\"]\n```",
      options: [],
      correct: [],
      explanation:
        "São 4: os dois `COPY` e os dois `RUN`, que mudam arquivos. `ENV`, `USER`, `EXPOSE` e `CMD` só gravam configuração nos metadados (no `docker history` aparecem com 0B), e o `FROM` não acrescenta nada: aponta para as camadas da base, guardadas uma vez só e compartilhadas com outras imagens que partem dela. É a definição das anotações, “uma camada é uma ou mais mudanças no sistema de arquivos”, e o reúso de camadas que elas citam. O `docker image inspect` lista as camadas em RootFS.Layers: as da base e mais estas 4.",
      timeLimitSec: 45,
      pointsMode: "double",
      // A count: only the exact number is right (on a 0–10 scale, one off already earns nothing).
      slider: { min: 0, max: 10, step: 1, answer: 4, tolerance: 0, unit: "camadas" },
    },
  ],
};
